-- demo.sql: what shreport does, in a dozen queries.  Run by 'make demo'.
CREATE EXTENSION shreport CASCADE;
SET search_path = shreport, public;

-- Quantities keep what was written and compare exactly across units.
SELECT q::text AS written, value(q), unit(q), dimension(q)
  FROM unnest(ARRAY['9.2万亿元', '1131亿斤', '6%', '9300万千瓦', '三千五百万元',
                    '１２．５％', '2个百分点']::quantity[]) AS q;
SELECT '1吨'::quantity = '2000斤'::quantity AS same_mass,
       '1亩'::quantity < '700平方米'::quantity AS mu_is_smaller,
       convert('1131亿斤', '吨') AS grain_in_tonnes,
       value('9300万千瓦', '兆瓦') AS megawatts;
SELECT '9.2万亿元'::quantity + '1000亿元' AS plus,
       '9.2万亿元'::quantity / '8.7万亿元'::quantity AS ratio,
       '9.2万亿元'::quantity * 1.05 AS grown;

-- A column mixing units sorts by dimension, then by amount.
SELECT q FROM unnest(ARRAY['3家', '1吨', '2000斤', '5%', '500公斤', '1家']::quantity[]) AS q
 ORDER BY q;

-- Targets: a floor, a ceiling, "about", a range, with a commitment word.
SELECT t::text AS canonical, bound(t), lower(t), upper(t), commitment(t)
  FROM unnest(ARRAY['5%以上', '不低于5%', '控制在3%以内', '3%左右', '9500多家',
                    '6-6.5%', '力争突破20亿吨']::target[]) AS t;

-- Did the outcome meet the target, and by how much?
SELECT t, q, t @> q AS met, gap(t, q)
  FROM (VALUES ('5%以上'::target, '5.4%'::quantity), ('3%左右', '3.2%'),
               ('3%左右', '0.2%'), ('110万人以上', '124.5万人')) AS v(t, q);
