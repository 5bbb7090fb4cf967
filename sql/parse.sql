--
-- shreport.parse(): a report's structure as rows.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;
RESET client_min_messages;

-- the declared result: IMMUTABLE STRICT PARALLEL SAFE, one row per unit
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel, p.proretset
  FROM pg_proc p
 WHERE p.pronamespace = 'shreport'::regnamespace AND p.proname IN ('parse', 'figures')
 ORDER BY p.oid::regprocedure::text;

-- A small report with every heading level, a highlight and a quote.
CREATE TEMP TABLE snippet (name text PRIMARY KEY, body text NOT NULL);
INSERT INTO snippet VALUES
('basic', E'# 2024年某省政府工作报告\n'
		  '一、2023年工作回顾\n'
		  '（一）经济发展实现新跃升。地区生产总值达到9.2万亿元，增长6%。\n'
		  '`开局之年`开好局。他说：“稳中求进。以进促稳。”我们照办！\n'
		  '二、2024年主要目标\n'
		  '地区生产总值增长5%以上；城镇新增就业110万人以上。\n'
		  '三、2024年重点工作\n'
		  '（一）扩大有效需求。\n'
		  '一是促进消费。充电桩达到70万台以上。\n'
		  '二是扩大投资。实施重点项目1.5万个。\n'
		  '1.稳外贸。进出口增长3%。\n');

SELECT unit_no, kind, level, marker, path, heading, text, char_start, char_end,
	   parent_no, section
  FROM snippet, shreport.parse(body)
 WHERE name = 'basic';

-- Every unit lies inside its parent, one level deeper, with the parent's
-- path as its own minus the last label.
SELECT count(*) AS misplaced
  FROM snippet s, shreport.parse(s.body) c
	   JOIN shreport.parse(s.body) p ON p.unit_no = c.parent_no
 WHERE s.name = 'basic'
   AND (c.char_start < p.char_start OR c.char_end > p.char_end
		OR c.level <> p.level + 1
		OR subpath(c.path, 0, nlevel(c.path) - 1) <> p.path);

-- The same report as published: BOM, CRLF line ends, full-width
-- indentation, no '#', full-width digits and parentheses, blank lines.
INSERT INTO snippet
SELECT 'published',
	   E'\uFEFF' || replace(replace(replace(replace(
		   substr(body, 3), E'\n', E'\r\n\r\n　　'), '（一）经济', '(一)经济'),
		   '9.2万亿元', '９．２万亿元'), '1.稳外贸', '1．稳外贸')
  FROM snippet WHERE name = 'basic';

-- Same units, same headings, same normalized marker paths; markers are
-- kept as written; only the positions move.
SELECT kind, count(*) FILTER (WHERE name = 'basic') AS basic,
	   count(*) FILTER (WHERE name = 'published') AS published
  FROM snippet, shreport.parse(body)
 GROUP BY kind ORDER BY min(level), kind;
SELECT count(*) AS differing
  FROM ((SELECT kind, level, path, heading, section FROM snippet, shreport.parse(body)
		  WHERE name = 'basic'
		 EXCEPT
		 SELECT kind, level, path, heading, section FROM snippet, shreport.parse(body)
		  WHERE name = 'published')
		UNION ALL
		(SELECT kind, level, path, heading, section FROM snippet, shreport.parse(body)
		  WHERE name = 'published'
		 EXCEPT
		 SELECT kind, level, path, heading, section FROM snippet, shreport.parse(body)
		  WHERE name = 'basic')) d;
SELECT unit_no, kind, marker, section, char_start, char_end
  FROM snippet, shreport.parse(body)
 WHERE name = 'published' AND kind IN ('title', 'part', 'section', 'item');
SELECT unit_no, kind, path, text, char_start, char_end
  FROM snippet, shreport.parse(body)
 WHERE name = 'published' AND kind IN ('sentence', 'highlight') AND char_start < 100;

-- In both, every paragraph, sentence and highlight is its span of the
-- text minus backticks, and every headed unit starts with its heading line.
SELECT name, count(*) AS units,
	   count(*) FILTER (WHERE
		   CASE WHEN kind IN ('paragraph', 'sentence', 'highlight')
				THEN replace(substr(body, char_start, char_end - char_start), '`', '') = text
				ELSE starts_with(replace(substr(body, char_start, char_end - char_start), '`', ''), text)
		   END) AS text_at_position
  FROM snippet, shreport.parse(body)
 GROUP BY name ORDER BY name;

-- Empty text, white space only, and text without any heading.
SELECT count(*) FROM shreport.parse('');
SELECT count(*) FROM shreport.parse(E' \r\n\t　\n');
SELECT unit_no, kind, level, path, text, char_start, char_end, parent_no, section
  FROM shreport.parse('地区生产总值增长5%。居民收入增长5.5%左右');
SELECT count(*) FROM shreport.parse(NULL);

-- Invalid input: a NUL cannot reach a text value, so only the length is
-- left to refuse; that is tested in the errors suite.

-- The bundled report.
\set body `cat data/2024-shandong.md`

SELECT kind, count(*), min(level) AS min_level, max(level) AS max_level
  FROM shreport.parse(:'body')
 GROUP BY kind ORDER BY min(unit_no);

-- title and parts
SELECT unit_no, kind, marker, path, heading, char_start, char_end
  FROM shreport.parse(:'body')
 WHERE kind IN ('title', 'part')
 ORDER BY unit_no;

-- sections of parts 一 and 三, with their headings
SELECT path, section, heading
  FROM shreport.parse(:'body')
 WHERE kind = 'section'
 ORDER BY unit_no;

-- items of section 三（二）
SELECT path, marker, section, heading
  FROM shreport.parse(:'body')
 WHERE kind = 'item' AND section LIKE '三（二）%'
 ORDER BY unit_no;

-- the first highlights, with the sentence they sit in
SELECT h.path, h.text, h.char_start, h.char_end, s.path AS sentence_path
  FROM shreport.parse(:'body') h
	   JOIN shreport.parse(:'body') s ON s.unit_no = h.parent_no
 WHERE h.kind = 'highlight'
 ORDER BY h.unit_no
 LIMIT 6;

-- Positions index the original text for every unit of every kind:
-- paragraphs, sentences and highlights are their span minus backticks;
-- headed units span from their marker to the end of their last child and
-- begin with their heading line.
SELECT kind, count(*) AS units,
	   count(*) FILTER (WHERE
		   CASE WHEN kind IN ('paragraph', 'sentence', 'highlight')
				THEN replace(substr(:'body', char_start, char_end - char_start), '`', '') = text
				ELSE starts_with(replace(substr(:'body', char_start, char_end - char_start), '`', ''), text)
		   END) AS text_at_position,
	   count(*) FILTER (WHERE char_start >= 1 AND char_end > char_start
						AND char_end <= length(:'body') + 1) AS span_in_body
  FROM shreport.parse(:'body')
 GROUP BY kind ORDER BY min(unit_no);

-- Units nest properly in the whole report too.
SELECT count(*) AS misplaced
  FROM shreport.parse(:'body') c
	   JOIN shreport.parse(:'body') p ON p.unit_no = c.parent_no
 WHERE c.char_start < p.char_start OR c.char_end > p.char_end
	OR c.level <> p.level + 1
	OR subpath(c.path, 0, nlevel(c.path) - 1) <> p.path;

-- Sentences tile their paragraph in order, without overlap.
SELECT count(*) AS overlapping
  FROM (SELECT char_start,
			   lag(char_end) OVER (PARTITION BY parent_no ORDER BY unit_no) AS prev_end
		  FROM shreport.parse(:'body') WHERE kind = 'sentence') s
 WHERE char_start < prev_end;

-- The same report with CRLF line ends and a BOM parses to the same units.
SELECT count(*) AS differing
  FROM (SELECT kind, path, marker, heading, text FROM shreport.parse(:'body')
		EXCEPT
		SELECT kind, path, marker, heading, text
		  FROM shreport.parse(E'\uFEFF' || replace(:'body', E'\n', E'\r\n'))) d;
