/// The schema, as an append-only list of migrations. A migration that has landed is never edited:
/// change the schema by appending a new one. Timestamps are REAL seconds since 1970 (UTC).
public enum Schema {
    public static let migrations: [String] = [version1, version2, version3]

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
