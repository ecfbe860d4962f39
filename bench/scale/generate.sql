-- Fills a database that mlsd has just created (schema and built-in content) with a user's history:
-- @cards cards, @reviews review-log rows, @sessions sessions with an answer per step and a result
-- per rubric point. Run by bench/scale/generate.sh with the parameters bound by `.parameter set`.
--
-- When there are more cards wanted than the built-in content has points and steps, the built-in
-- cases are cloned as user cases (as imported packs would add them), so every row joins to real
-- content. "Random" values are hashes of row numbers, so two runs give the same database.
PRAGMA synchronous = OFF;
PRAGMA foreign_keys = OFF;
BEGIN;

-- Each copy of the built-in content yields one card per point and per step.
CREATE TEMP TABLE per_copy AS
SELECT (SELECT COUNT(*) FROM points p JOIN cases c ON c.id = p.case_id WHERE c.source = 'builtin' AND p.retired = 0)
     + (SELECT COUNT(*) FROM steps s JOIN cases c ON c.id = s.case_id WHERE c.source = 'builtin') AS n;

CREATE TEMP TABLE copies(k INTEGER PRIMARY KEY);
WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < (@cards + (SELECT n FROM per_copy) - 1) / (SELECT n FROM per_copy) - 1)
INSERT INTO copies SELECT n FROM k WHERE n >= 1 AND (SELECT n FROM per_copy) * n < @cards;

INSERT INTO cases (id, title, scenario, difficulty, tags, source, position, retired, updated_at)
SELECT c.id || '-' || printf('%04d', k), c.title || ' (pack ' || k || ')', c.scenario, c.difficulty, c.tags,
       'user', c.position + 1000 * k, 0, @now
FROM cases c, copies WHERE c.source = 'builtin';

INSERT INTO steps (case_id, step, position, prompt, minutes, hints, outline, followups)
SELECT s.case_id || '-' || printf('%04d', k), s.step, s.position, s.prompt, s.minutes, s.hints, s.outline, s.followups
FROM steps s JOIN cases c ON c.id = s.case_id, copies WHERE c.source = 'builtin';

INSERT INTO points (case_id, point_id, step, position, title, weight, why, question, phrasings, details, retired)
SELECT p.case_id || '-' || printf('%04d', k), p.point_id, p.step, p.position, p.title, p.weight, p.why, p.question,
       p.phrasings, p.details, 0
FROM points p JOIN cases c ON c.id = p.case_id, copies WHERE c.source = 'builtin' AND p.retired = 0;

-- Cards: 80% in review, 10% learning, 5% relearning, 5% new (never reviewed); about 7% of the
-- reviewed ones due now, the rest over the next year.
INSERT INTO cards (kind, case_id, step, point_id, state, step_index, stability, difficulty, due, last_review,
                   reps, lapses, suspended, created_at)
SELECT kind, case_id, step, point_id,
       CASE WHEN h % 20 < 16 THEN 2 WHEN h % 20 < 19 THEN 1 ELSE 3 END,
       CASE WHEN h % 20 < 16 OR h % 20 = 16 THEN 0 ELSE h % 2 END,
       CASE WHEN h % 20 = 16 THEN NULL ELSE 0.5 + (h % 3000) / 10.0 END,
       CASE WHEN h % 20 = 16 THEN NULL ELSE 1 + (h % 900) / 100.0 END,
       CASE WHEN h % 20 = 16 THEN @now - 86400.0 * (h % 30)
            ELSE @now + 86400.0 * ((h % 4000) / 10.0 - 30) + (h % 86400) END,
       CASE WHEN h % 20 = 16 THEN NULL ELSE @now - 86400.0 * (1 + h % 200) END,
       CASE WHEN h % 20 = 16 THEN 0 ELSE 1 + h % 30 END,
       CASE WHEN h % 20 = 16 THEN 0 ELSE h % 4 END,
       CASE WHEN h % 200 = 0 THEN 1 ELSE 0 END,
       @now - 86400.0 * (200 + h % 165)
FROM (
    SELECT kind, case_id, step, point_id, (row_number() OVER () * 2654435761) % 4294967291 AS h
    FROM (SELECT 'point' AS kind, p.case_id, p.step, p.point_id, c.position AS cp, p.position AS pp
          FROM points p JOIN cases c ON c.id = p.case_id WHERE p.retired = 0
          UNION ALL
          SELECT 'step', s.case_id, s.step, '', c.position, 1000 + s.position
          FROM steps s JOIN cases c ON c.id = s.case_id)
    ORDER BY cp, case_id, pp
    LIMIT @cards
);

-- Review log: @reviews rows over the past year, spread over every card.
WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < @reviews)
INSERT INTO review_log (card_id, rating, reviewed_at, previous, state, step_index, stability, difficulty, due,
                        elapsed_days, scheduled_days, answer, score)
SELECT 1 + (i * 7919) % (SELECT MAX(id) FROM cards),
       CASE WHEN h % 10 < 1 THEN 1 WHEN h % 10 < 2 THEN 2 WHEN h % 10 < 9 THEN 3 ELSE 4 END,
       @now - 86400.0 * 365 * (@reviews - i) / @reviews,
       '{"difficulty":' || (1 + (h % 900) / 100.0) || ',"due":"2025-01-01T09:00:00Z","lapses":' || (h % 3)
           || ',"reps":' || (h % 20) || ',"stability":' || (0.5 + (h % 3000) / 10.0) || ',"state":2,"step":null}',
       2, 0, 0.5 + (h % 3000) / 10.0, 1 + (h % 900) / 100.0,
       @now - 86400.0 * 365 * (@reviews - i) / @reviews + 86400.0 * (1 + h % 60),
       h % 60, 1 + h % 60, NULL, NULL
FROM (SELECT i, (i * 2654435761) % 4294967291 AS h FROM r);

-- Sessions over the past year, most on the built-in cases; every one answered step by step.
CREATE TEMP TABLE case_numbers(n INTEGER PRIMARY KEY, id TEXT NOT NULL, builtin INTEGER NOT NULL);
INSERT INTO case_numbers (id, builtin) SELECT id, source = 'builtin' FROM cases WHERE retired = 0 ORDER BY source, position;
CREATE TEMP TABLE counts AS
SELECT (SELECT COUNT(*) FROM case_numbers) AS all_cases, (SELECT COUNT(*) FROM case_numbers WHERE builtin) AS builtin;

WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < @sessions)
INSERT INTO sessions (id, case_id, steps, timed, hints, status, started_at, updated_at, finished_at, overall)
SELECT i, cn.id,
       '["requirements","metrics","data","features","model","evaluation","serving"]',
       h % 3 = 0, 1, CASE WHEN h % 25 = 0 THEN 'abandoned' ELSE 'finished' END,
       @now - 86400.0 * 365 * (@sessions - i) / @sessions,
       @now - 86400.0 * 365 * (@sessions - i) / @sessions + 2700,
       CASE WHEN h % 25 = 0 THEN NULL ELSE @now - 86400.0 * 365 * (@sessions - i) / @sessions + 2700 END,
       CASE WHEN h % 25 = 0 THEN NULL ELSE 20 + h % 75 END
FROM (SELECT i, (i * 2654435761) % 4294967291 AS h FROM r)
JOIN case_numbers cn ON cn.n = 1 + CASE WHEN h % 5 = 0
    THEN h % (SELECT all_cases FROM counts) ELSE h % (SELECT builtin FROM counts) END;

-- An answer per planned step: the step's outline as prose (about 300-600 bytes of real vocabulary).
INSERT INTO answers (session_id, step, kind, question, text, seconds, hints_used, skipped, score, level, feedback, created_at)
SELECT se.id, st.step, 'answer', st.prompt,
       replace(replace(replace(replace(st.outline, '["', ''), '","', '. '), '"]', '.'), '[]', ''),
       120 + (se.id * 37 + st.position * 11) % 600, (se.id + st.position) % 2, 0,
       (se.id * 13 + st.position * 7) % 100, 'partial', NULL, se.started_at + 300 * st.position
FROM sessions se JOIN steps st ON st.case_id = se.case_id
ORDER BY se.id, st.position;

-- A result per rubric point of the answered step: half covered, a tenth dismissed, the rest missed.
INSERT INTO point_results (answer_id, case_id, point_id, outcome, evidence)
SELECT a.id, p.case_id, p.point_id,
       CASE WHEN (a.id * 31 + p.position * 17) % 10 < 5 THEN 'covered'
            WHEN (a.id * 31 + p.position * 17) % 10 < 6 THEN 'dismissed' ELSE 'missed' END,
       CASE WHEN (a.id * 31 + p.position * 17) % 10 < 6 THEN p.title ELSE NULL END
FROM answers a JOIN sessions se ON se.id = a.session_id
JOIN points p ON p.case_id = se.case_id AND p.step = a.step AND p.retired = 0;

COMMIT;
PRAGMA foreign_keys = ON;
