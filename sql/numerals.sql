--
-- numerals: the forms official texts write numbers in, as quantity and
-- target read them, and the texts that must stay no number
--
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;

-- every form, with what it reads as; the output keeps the magnitude word
-- and unit, and reads back as the same quantity
SELECT s AS input, q AS output, value(q), unit(q),
       q::text::quantity = q AS round_trip
FROM (VALUES
    -- financial capitals (大写数字), simplified and traditional
    ('壹仟贰佰元'), ('叁拾伍万'), ('玖佰玖拾玖元'), ('壹亿贰仟万元'), ('貳拾陸萬'),
    -- traditional forms
    ('三萬五千'), ('兩億元'), ('負五點五%'), ('一點二萬億元'),
    -- fractions: exact when they end, rounded when they do not
    ('五分之二'), ('四分之三'), ('三分之一'), ('百分之五'), ('千分之三'),
    -- mixed Arabic and Chinese, and 零 fillers
    ('3万4000'), ('25万6千'), ('1千零20'), ('一千零十二'), ('零点五'), ('.5'), ('1亿2000万元'),
    -- spaces inside a numeral
    ('一百 五 十 二'), ('三千　五百万元'),
    -- scientific notation
    ('2e5'), ('-1.2e-3'), ('1.5E+3吨')
) v(s), LATERAL (SELECT s::quantity AS q) x;

-- vague amounts are no exact quantity, and as targets they are floors that
-- exclude their value (多, 余, 几)
SELECT s AS input, t AS output, bound(t), lower(t)
FROM (VALUES
    ('一千多万'), ('十多万人'), ('二十几万'), ('500余万元'), ('9500多家'), ('三分之一以上'),
    ('二十幾萬')
) v(s), LATERAL (SELECT s::target AS t) x;

-- what must stay no number: words that hold numerals, labels, bad forms
DO $$
DECLARE
	s text;
BEGIN
	FOREACH s IN ARRAY ARRAY['一带一路', '“十四五”', '三农', '两会', 'e5', '2e', '1.5e+', '2^10',
							 '半百', '一打', '40k', '三分之', '分之一', '一千多万'] LOOP
		BEGIN
			PERFORM s::quantity;
			RAISE NOTICE '% reads as %', s, s::quantity;
		EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
			RAISE NOTICE '% is no quantity (%)', s, SQLSTATE;
		END;
	END LOOP;
END
$$;

-- the reader finds figures written in these forms, and no figure in the
-- labels and fixed phrases
SELECT raw, metric, amount, target, kind
  FROM shreport.figures(E'一、2024年工作回顾\n全年财政收入达到壹仟贰佰亿元。新增就业3万4000人。\n二、2025年主要目标\n粮食产量稳定在一千多万吨。坚持“十四五”规划，推进一带一路和三农工作，开好两会。')
 ORDER BY figure_no;
