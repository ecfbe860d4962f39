/// The schema, as an append-only list of migrations. A migration that has landed is never edited:
/// change the schema by appending a new one. Timestamps are REAL seconds since 1970 (UTC).
public enum Schema {
    public static let migrations: [String] = [version1, version2, version3, version4]

    public static var latestVersion: Int { migrations.count }

    static let version1 = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        -- Content: built-in cases are synchronised from Data/, user cases come from packs.
        -- Rows disappear from content by being retired, so history keeps its meaning.
        CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            scenario TEXT NOT NULL,
            difficulty TEXT NOT NULL CHECK (difficulty IN ('easy', 'medium', 'hard')),
            tags TEXT NOT NULL,                 -- JSON array of strings
            source TEXT NOT NULL CHECK (source IN ('builtin', 'user')),
            position INTEGER NOT NULL,
            retired INTEGER NOT NULL DEFAULT 0,
            updated_at REAL NOT NULL
        ) STRICT;

        CREATE TABLE steps (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            position INTEGER NOT NULL,
            prompt TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            hints TEXT NOT NULL,                -- JSON array of strings
            outline TEXT NOT NULL,              -- JSON array of strings
            followups TEXT NOT NULL,            -- JSON array of strings
            PRIMARY KEY (case_id, step)
        ) STRICT;

        CREATE TABLE points (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            point_id TEXT NOT NULL,
            step TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
            why TEXT NOT NULL,
            question TEXT NOT NULL,
            phrasings TEXT NOT NULL,            -- JSON array of strings
            details TEXT NOT NULL,              -- JSON array of strings
            retired INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (case_id, point_id)
        ) STRICT;
        CREATE INDEX points_by_step ON points(case_id, step, position);

        CREATE TABLE pitfalls (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            why TEXT NOT NULL,
            steps TEXT NOT NULL,                -- JSON array of step ids
            triggers TEXT NOT NULL,             -- JSON array of strings
            unless TEXT NOT NULL,               -- JSON array of strings
            retired INTEGER NOT NULL DEFAULT 0
        ) STRICT;

        -- History: a practice session and every answer given in it.
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            steps TEXT NOT NULL,                -- JSON array of the step ids planned
            timed INTEGER NOT NULL DEFAULT 0,
            hints INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL CHECK (status IN ('active', 'finished', 'abandoned')),
            started_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            finished_at REAL,
            overall REAL
        ) STRICT;
        CREATE INDEX sessions_by_case ON sessions(case_id, started_at);
        CREATE INDEX sessions_by_status ON sessions(status, updated_at);

        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('answer', 'followup')),
            question TEXT NOT NULL,             -- the prompt or follow-up as asked
            text TEXT NOT NULL,
            seconds REAL NOT NULL,
            hints_used INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            score REAL,                         -- NULL until scored
            level TEXT,
            feedback TEXT,                      -- JSON of the step score
            created_at REAL NOT NULL
        ) STRICT;
        CREATE INDEX answers_by_session ON answers(session_id, step);

        CREATE TABLE point_results (
            answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
            case_id TEXT NOT NULL,
            point_id TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('covered', 'dismissed', 'missed')),
            evidence TEXT,
            PRIMARY KEY (answer_id, point_id),
            FOREIGN KEY (case_id, point_id) REFERENCES points(case_id, point_id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX point_results_by_point ON point_results(case_id, point_id);

        -- Spaced repetition: point cards (a rubric point) and step cards (a case's step).
        CREATE TABLE cards (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('point', 'step')),
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            point_id TEXT NOT NULL DEFAULT '',  -- '' for step cards
            state INTEGER NOT NULL DEFAULT 1 CHECK (state BETWEEN 1 AND 3),
            step_index INTEGER NOT NULL DEFAULT 0,
            stability REAL,
            difficulty REAL,
            due REAL NOT NULL,
            last_review REAL,
            reps INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0,
            suspended INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            UNIQUE (kind, case_id, step, point_id)
        ) STRICT;
        CREATE INDEX cards_by_due ON cards(suspended, due);
        CREATE INDEX cards_by_case ON cards(case_id, step);

        CREATE TABLE review_log (
            id INTEGER PRIMARY KEY,
            card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            reviewed_at REAL NOT NULL,
            previous TEXT NOT NULL,             -- JSON of the card before, so a rating can be undone
            state INTEGER NOT NULL,
            step_index INTEGER NOT NULL,
            stability REAL,
            difficulty REAL,
            due REAL NOT NULL,
            elapsed_days INTEGER NOT NULL,
            scheduled_days REAL NOT NULL,
            answer TEXT,
            score REAL
        ) STRICT;
        CREATE INDEX review_log_by_card ON review_log(card_id, reviewed_at);
        CREATE INDEX review_log_by_time ON review_log(reviewed_at);
        """

    /// New (never reviewed) cards are counted and listed on every `mlsd due` and `mlsd review`;
    /// without this index each of those scans every card.
    static let version2 = """
        CREATE INDEX cards_new ON cards(suspended, created_at) WHERE reps = 0;
        """
}

extension Schema {
    /// Content format v2: a point's plain-English phrasings, a step's wrong claims, and follow-ups
    /// as objects (question, expected points, triggers). `steps.followups` keeps the questions as
    /// strings, so rows written before this version still read; `followup_items` holds the objects.
    static let version3 = """
        ALTER TABLE points ADD COLUMN plain TEXT NOT NULL DEFAULT '[]';          -- JSON array of strings
        ALTER TABLE steps ADD COLUMN wrong TEXT NOT NULL DEFAULT '[]';           -- JSON array of wrong claims
        ALTER TABLE steps ADD COLUMN followup_items TEXT NOT NULL DEFAULT '[]';  -- JSON array of follow-up objects
        """
}

extension Schema {
    /// Every command at a heavy user's scale (100,000 cards, a million reviews, 10,000 sessions)
    /// answered from range scans. Summaries are kept by triggers, so every writer (and every older
    /// row, filled here once) agrees with them without code having to remember to.
    ///
    /// - `cards.retired`: whether the card's case or rubric point left the content, so the due
    ///   and new-card queries read one index instead of joining every card to `cases` and `points`.
    /// - `cards_due` and `cards_waiting`: the cards a review session may show, by due time and by
    ///   creation; the WHERE of each is the filter the store's queries repeat word for word.
    /// - `answers_rounds`, `sessions_scores` and `sessions_by_start`: the best scores, every case's
    ///   scores and the latest sessions, each read from an index alone.
    /// - `review_totals`: reviews by the card's state before them and the rating, for the review
    ///   count and retention without reading the log.
    /// - `activity_slots`: events (sessions started, answers given, reviews) per 15 minutes since
    ///   1970; every time zone's offset and every day start is a whole number of quarter hours,
    ///   so each slot falls in one study day and the streak reads a few thousand rows at most.
    static let version4 = """
        ALTER TABLE cards ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
        UPDATE cards SET retired = \(cardRetired);

        CREATE TRIGGER cards_retired_on_insert AFTER INSERT ON cards
        WHEN (SELECT retired FROM cases WHERE id = NEW.case_id) OR (NEW.kind = 'point'
            AND (SELECT retired FROM points WHERE case_id = NEW.case_id AND point_id = NEW.point_id))
        BEGIN UPDATE cards SET retired = 1 WHERE id = NEW.id; END;
        CREATE TRIGGER cards_retired_with_case AFTER UPDATE OF retired ON cases
        WHEN OLD.retired IS NOT NEW.retired
        BEGIN UPDATE cards SET retired = \(cardRetired) WHERE case_id = NEW.id; END;
        CREATE TRIGGER cards_retired_with_point AFTER UPDATE OF retired ON points
        WHEN OLD.retired IS NOT NEW.retired
        BEGIN UPDATE cards SET retired = \(cardRetired)
              WHERE kind = 'point' AND case_id = NEW.case_id AND point_id = NEW.point_id; END;
        CREATE TRIGGER cards_retired_on_point_insert AFTER INSERT ON points WHEN NEW.retired
        BEGIN UPDATE cards SET retired = \(cardRetired)
              WHERE kind = 'point' AND case_id = NEW.case_id AND point_id = NEW.point_id; END;
        CREATE TRIGGER cards_retired_on_point_delete AFTER DELETE ON points WHEN OLD.retired
        BEGIN UPDATE cards SET retired = \(cardRetired)
              WHERE kind = 'point' AND case_id = OLD.case_id AND point_id = OLD.point_id; END;

        -- They replace cards_by_due and cards_new, which the planner would otherwise prefer for
        -- their equality on `suspended`. The filter's columns are in the key too, so that SQLite
        -- reads the counts from the index alone, and so are what the due order needs (R).
        DROP INDEX cards_by_due;
        DROP INDEX cards_new;
        CREATE INDEX cards_due ON cards(due, case_id, suspended, retired, reps, stability, last_review)
            WHERE suspended = 0 AND retired = 0 AND reps > 0;
        CREATE INDEX cards_waiting ON cards(created_at, id, due, case_id, suspended, retired, reps)
            WHERE suspended = 0 AND retired = 0 AND reps = 0;

        CREATE TABLE review_totals (
            state_before TEXT NOT NULL,         -- the `previous` JSON's state as text, '' when unreadable
            rating INTEGER NOT NULL,
            reviews INTEGER NOT NULL,
            PRIMARY KEY (state_before, rating)
        ) STRICT;
        INSERT INTO review_totals (state_before, rating, reviews)
        SELECT \(stateBefore("previous")), rating, COUNT(*) FROM review_log GROUP BY 1, 2;
        CREATE TRIGGER review_totals_on_insert AFTER INSERT ON review_log BEGIN
            INSERT INTO review_totals (state_before, rating, reviews) \
        VALUES (\(stateBefore("NEW.previous")), NEW.rating, 1)
            ON CONFLICT (state_before, rating) DO UPDATE SET reviews = reviews + 1;
        END;
        CREATE TRIGGER review_totals_on_delete AFTER DELETE ON review_log BEGIN
            UPDATE review_totals SET reviews = reviews - 1
            WHERE state_before = \(stateBefore("OLD.previous")) AND rating = OLD.rating;
        END;

        CREATE TABLE activity_slots (
            slot INTEGER PRIMARY KEY,           -- seconds since 1970 / 900
            events INTEGER NOT NULL,            -- sessions started, answers given and reviews
            reviews INTEGER NOT NULL
        ) STRICT;
        INSERT INTO activity_slots (slot, events, reviews)
        SELECT CAST(t AS INTEGER) / 900, COUNT(*), SUM(review) FROM (
            SELECT started_at AS t, 0 AS review FROM sessions UNION ALL SELECT created_at, 0 FROM answers
            UNION ALL SELECT reviewed_at, 1 FROM review_log) GROUP BY 1;
        \(activityTriggers("sessions", "started_at", review: 0))
        \(activityTriggers("answers", "created_at", review: 0))
        \(activityTriggers("review_log", "reviewed_at", review: 1))

        -- Each session's score on each step it answered, by StepRound's rule, and the best of
        -- them per case and step: what step strength and the weakest step are made of.
        CREATE INDEX answers_rounds ON answers(session_id, step, created_at, id, kind, skipped, score);
        CREATE TABLE session_rounds (
            session_id INTEGER NOT NULL,
            step TEXT NOT NULL,
            case_id TEXT NOT NULL,
            score REAL,
            PRIMARY KEY (session_id, step)
        ) STRICT;
        CREATE INDEX session_rounds_by_case ON session_rounds(case_id, step, score);
        CREATE TABLE case_step_best (
            case_id TEXT NOT NULL,
            step TEXT NOT NULL,
            best REAL NOT NULL,
            PRIMARY KEY (case_id, step)
        ) STRICT;
        INSERT INTO session_rounds (session_id, step, case_id, score)
        SELECT g.session_id, g.step, s.case_id, \(roundScore("g.session_id", "g.step"))
        FROM (SELECT DISTINCT session_id, step FROM answers WHERE kind = 'answer') g
        JOIN sessions s ON s.id = g.session_id;
        INSERT INTO case_step_best (case_id, step, best)
        SELECT case_id, step, MAX(score) FROM session_rounds WHERE score IS NOT NULL GROUP BY case_id, step;
        CREATE TRIGGER session_rounds_on_answer_insert AFTER INSERT ON answers
        BEGIN \(recomputeRound("NEW")) END;
        CREATE TRIGGER session_rounds_on_answer_update AFTER UPDATE OF score, kind, skipped, created_at ON answers
        BEGIN \(recomputeRound("NEW")) END;
        CREATE TRIGGER session_rounds_on_answer_delete AFTER DELETE ON answers
        BEGIN \(recomputeRound("OLD")) END;
        CREATE TRIGGER case_step_best_on_insert AFTER INSERT ON session_rounds
        BEGIN \(recomputeBest("NEW")) END;
        CREATE TRIGGER case_step_best_on_delete AFTER DELETE ON session_rounds
        BEGIN \(recomputeBest("OLD")) END;

        CREATE INDEX sessions_scores ON sessions(case_id, started_at, id, overall);
        CREATE INDEX sessions_by_start ON sessions(started_at, id);
        """

    /// A card row's `retired`, as the store's joins computed it before version 4.
    static let cardRetired = """
        COALESCE((SELECT k.retired FROM cases k WHERE k.id = cards.case_id), 0) OR (cards.kind = 'point'
            AND COALESCE((SELECT p.retired FROM points p \
        WHERE p.case_id = cards.case_id AND p.point_id = cards.point_id), 0))
        """

    /// The score of a session's step as StepRound gives it: the best score among the step's
    /// latest real answer (else its latest skip) and the follow-ups after that answer.
    static func roundScore(_ session: String, _ step: String) -> String {
        """
        (SELECT MAX(r.score) FROM answers r,
            (SELECT a.created_at AS at, a.id AS id FROM answers a
             WHERE a.session_id = \(session) AND a.step = \(step) AND a.kind = 'answer'
             ORDER BY a.skipped = 0 DESC, a.created_at DESC, a.id DESC LIMIT 1) x
         WHERE r.session_id = \(session) AND r.step = \(step)
           AND ((r.created_at = x.at AND r.id = x.id) OR (r.kind = 'followup' AND (r.created_at, r.id) > (x.at, x.id))))
        """
    }

    /// Trigger body: the round of the answer's session and step, written again (gone when the
    /// step has no answer left, or its session is gone).
    static func recomputeRound(_ row: String) -> String {
        """
        DELETE FROM session_rounds WHERE session_id = \(row).session_id AND step = \(row).step;
        INSERT INTO session_rounds (session_id, step, case_id, score)
        SELECT s.id, \(row).step, s.case_id, \(roundScore("\(row).session_id", "\(row).step"))
        FROM sessions s WHERE s.id = \(row).session_id AND EXISTS (SELECT 1 FROM answers
            WHERE session_id = \(row).session_id AND step = \(row).step AND kind = 'answer');
        """
    }

    /// Trigger body: a case's best on a step, again the maximum over its rounds (an index seek).
    static func recomputeBest(_ row: String) -> String {
        """
        DELETE FROM case_step_best WHERE case_id = \(row).case_id AND step = \(row).step;
        INSERT INTO case_step_best (case_id, step, best)
        SELECT \(row).case_id, \(row).step, best FROM (SELECT MAX(score) AS best FROM session_rounds
            WHERE case_id = \(row).case_id AND step = \(row).step) WHERE best IS NOT NULL;
        """
    }

    static func stateBefore(_ previous: String) -> String {
        "COALESCE(CAST(CASE WHEN json_valid(\(previous)) THEN json_extract(\(previous), '$.state') END AS TEXT), '')"
    }

    static func activityTriggers(_ table: String, _ column: String, review: Int) -> String {
        """
        CREATE TRIGGER \(table)_activity_on_insert AFTER INSERT ON \(table) BEGIN
            INSERT INTO activity_slots (slot, events, reviews) \
        VALUES (CAST(NEW.\(column) AS INTEGER) / 900, 1, \(review))
            ON CONFLICT (slot) DO UPDATE SET events = events + 1, reviews = reviews + \(review);
        END;
        CREATE TRIGGER \(table)_activity_on_delete AFTER DELETE ON \(table) BEGIN
            UPDATE activity_slots SET events = events - 1, reviews = reviews - \(review)
            WHERE slot = CAST(OLD.\(column) AS INTEGER) / 900;
            DELETE FROM activity_slots WHERE slot = CAST(OLD.\(column) AS INTEGER) / 900 AND events <= 0;
        END;
        """
    }
}
