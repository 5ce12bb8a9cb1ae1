import GRDB

/// The planning database's schema, as numbered migrations: a released migration is never edited, a change is a
/// new one appended to `migrations`. The N-th is registered as "vN", and N of the last is the schema version
/// (`meta.schema_version`), so the list is the only place the version is written.
enum Schema {
    private static let migrations: [@Sendable (Database) throws -> Void] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10]

    /// The number of the last migration.
    static var version: Int { migrations.count }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, migration) in migrations.enumerated() {
            migrator.registerMigration("v\(index + 1)", migrate: migration)
        }
        return migrator
    }

    /// The tables of history from git, empty when the build read none (outside git, --no-history, --as-of).
    static let historyTables: Set<String> = ["revisions", "item_history", "key_result_history", "link_history"]

    /// The order a table's rows are printed in (CSV): the order they were inserted, or the key's for `scores`,
    /// which has no rowid since v4.
    static func order(of table: String) -> String { table == "scores" ? "scope_kind, scope, metric" : "rowid" }

    /// Tables a user may want as CSV, in a stable order.
    static let tables = ["priorities", "objectives", "initiatives", "key_results", "roadmap_items", "links", "scores", "diagnostics", "revisions", "item_history", "key_result_history", "link_history", "meta"]

    private static func v1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE priorities (id TEXT PRIMARY KEY, number TEXT NOT NULL, title TEXT NOT NULL, parent TEXT REFERENCES priorities(id),
                summary TEXT, success_signal TEXT, weight REAL, path TEXT NOT NULL, line INTEGER NOT NULL);
            CREATE TABLE objectives (id TEXT PRIMARY KEY, quarter TEXT, title TEXT NOT NULL, owners TEXT NOT NULL, team TEXT, status TEXT,
                confidence REAL, effort REAL, due TEXT, grade REAL, body TEXT NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL);
            CREATE TABLE initiatives (id TEXT PRIMARY KEY, objective TEXT NOT NULL REFERENCES objectives(id), title TEXT NOT NULL,
                owners TEXT NOT NULL, status TEXT, body TEXT NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL);
            CREATE TABLE key_results (id INTEGER PRIMARY KEY, objective TEXT NOT NULL REFERENCES objectives(id), initiative TEXT,
                text TEXT NOT NULL, done INTEGER NOT NULL, progress REAL NOT NULL, source TEXT NOT NULL, line INTEGER NOT NULL);
            CREATE TABLE roadmap_items (id TEXT PRIMARY KEY, roadmap TEXT NOT NULL, lane TEXT NOT NULL, grp TEXT, period TEXT,
                title TEXT NOT NULL, owners TEXT NOT NULL, status TEXT, effort REAL, depends_on TEXT NOT NULL, objectives TEXT NOT NULL,
                body TEXT NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL);
            CREATE TABLE links (item TEXT NOT NULL, item_kind TEXT NOT NULL, priority TEXT NOT NULL REFERENCES priorities(id),
                kind TEXT NOT NULL, strength REAL NOT NULL, evidence TEXT NOT NULL, via TEXT, explanation TEXT NOT NULL);
            CREATE TABLE scores (scope_kind TEXT NOT NULL, scope TEXT NOT NULL, metric TEXT NOT NULL, value REAL, text TEXT,
                PRIMARY KEY (scope_kind, scope, metric));
            CREATE TABLE diagnostics (path TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, severity TEXT NOT NULL,
                code TEXT NOT NULL, message TEXT NOT NULL, fix TEXT);
            CREATE INDEX links_item ON links(item);
            CREATE INDEX links_priority ON links(priority);
            CREATE VIRTUAL TABLE search USING fts5(kind, id UNINDEXED, title, body, tokenize = 'porter unicode61');
            """)
    }

    /// A key result's progress may be unknown (a target without a current value): NULL, never a guessed 0.
    private static func v2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE key_results_v2 (id INTEGER PRIMARY KEY, objective TEXT NOT NULL REFERENCES objectives(id), initiative TEXT,
                text TEXT NOT NULL, done INTEGER NOT NULL, progress REAL, source TEXT NOT NULL, line INTEGER NOT NULL);
            INSERT INTO key_results_v2 SELECT * FROM key_results;
            DROP TABLE key_results;
            ALTER TABLE key_results_v2 RENAME TO key_results;
            """)
    }

    /// History from git: the revisions that changed the plan (oldest is 1) and, per item, its state from each
    /// revision where it changed (`present = 0`: removed there). An item as of revision N is its row with the
    /// greatest `revision <= N`; its key results and links are those of that same revision.
    private static func v3(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE revisions (seq INTEGER PRIMARY KEY, commit_id TEXT NOT NULL UNIQUE, author TEXT NOT NULL, email TEXT NOT NULL,
                date TEXT NOT NULL, committed TEXT NOT NULL);
            CREATE TABLE item_history (revision INTEGER NOT NULL REFERENCES revisions(seq), item TEXT NOT NULL, item_kind TEXT,
                present INTEGER NOT NULL, title TEXT, quarter TEXT, status TEXT, progress REAL, PRIMARY KEY (item, revision));
            CREATE TABLE key_result_history (revision INTEGER NOT NULL REFERENCES revisions(seq), item TEXT NOT NULL, position INTEGER NOT NULL,
                text TEXT NOT NULL, done INTEGER NOT NULL, current REAL, target REAL, progress REAL, PRIMARY KEY (item, revision, position));
            CREATE TABLE link_history (revision INTEGER NOT NULL REFERENCES revisions(seq), item TEXT NOT NULL, priority TEXT NOT NULL,
                kind TEXT NOT NULL, strength REAL NOT NULL);
            CREATE INDEX item_history_revision ON item_history(revision);
            CREATE INDEX link_history_item ON link_history(item, revision);
            """)
    }

    /// Each text stored once (a 2,000-file plan's database went from 26.2 MB to 17.6 MB):
    /// - `search` indexes the item tables' own titles and bodies through the view `search_items` (FTS5 external
    ///   content) instead of keeping a second copy of every body (5.5 MB). The tables' rowids are disjoint
    ///   (`PlanInserter` numbers them), so looking up one rowid in the view is one rowid search per table.
    ///   A priority's text is searched too, so `priorities` gains its `body`.
    /// - `scores` is stored in its primary key's order (WITHOUT ROWID): the separate key index, with every item's id
    ///   again, was as large as the table (2 MB).
    /// - `scores` is stored in its primary key's order (WITHOUT ROWID): the separate key index, with every item's id
    ///   again, was as large as the table (2 MB).
    /// - `links_item` and `links_priority` (1.3 MB) served no query Bearing makes; a join on them gets an automatic index.
    private static func v4(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE priorities ADD COLUMN body TEXT NOT NULL DEFAULT '';
            DROP TABLE search;
            CREATE VIEW search_items (n, kind, id, title, body) AS
                SELECT rowid, 'priority', id, title, body FROM priorities
                UNION ALL SELECT rowid, 'objective', id, title, body FROM objectives
                UNION ALL SELECT rowid, 'initiative', id, title, body FROM initiatives
                UNION ALL SELECT rowid, 'roadmap-item', id, title, body FROM roadmap_items;
            CREATE VIRTUAL TABLE search USING fts5(kind, id UNINDEXED, title, body, content = 'search_items', content_rowid = 'n',
                tokenize = 'porter unicode61');
            CREATE TABLE scores_v3 (scope_kind TEXT NOT NULL, scope TEXT NOT NULL, metric TEXT NOT NULL, value REAL, text TEXT,
                PRIMARY KEY (scope_kind, scope, metric)) WITHOUT ROWID;
            INSERT INTO scores_v3 SELECT * FROM scores;
            DROP TABLE scores;
            ALTER TABLE scores_v3 RENAME TO scores;
            CREATE TABLE scores_v4 (scope_kind TEXT NOT NULL, scope TEXT NOT NULL, metric TEXT NOT NULL, value REAL, text TEXT,
                PRIMARY KEY (scope_kind, scope, metric)) WITHOUT ROWID;
            INSERT INTO scores_v4 SELECT * FROM scores;
            DROP TABLE scores;
            ALTER TABLE scores_v4 RENAME TO scores;
            DROP INDEX links_item;
            DROP INDEX links_priority;
            """)
    }

    /// A key result's importance as its writer marked it ("P0 - Ship X"), NULL when it carries none.
    private static func v5(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE key_results ADD COLUMN priority TEXT")
    }

    /// A table key result's Baseline, Target and Actual cells as written, NULL for a key result written as a line.
    private static func v6(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE key_results ADD COLUMN baseline TEXT;
            ALTER TABLE key_results ADD COLUMN target TEXT;
            ALTER TABLE key_results ADD COLUMN current TEXT;
            """)
    }

    /// A key result's own owners (", "-separated, as objectives' are) and the status its writer marked it with; NULL
    /// when it names none, as most do.
    private static func v7(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE key_results ADD COLUMN owners TEXT;
            ALTER TABLE key_results ADD COLUMN status TEXT;
            """)
    }

    /// A key result's weight as written ("40%", "2"); NULL when it has none, as most do. How it counts in the grade is
    /// docs/scoring.md's "Weighted key results".
    private static func v8(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE key_results ADD COLUMN weight TEXT")
    }

    /// The heading an objective is filed under without it being its period or team ("Grow revenue" from `## 1. Grow
    /// revenue` over `### Objective: …`), as a roadmap item's `grp` is; NULL for the many that have none.
    private static func v9(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE objectives ADD COLUMN grp TEXT")
    }

    /// A key result's stretch figure as written beside its committed target (`| Committed | Stretch |`); NULL for the
    /// many that have none.
    private static func v10(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE key_results ADD COLUMN stretch TEXT")
    }
}
