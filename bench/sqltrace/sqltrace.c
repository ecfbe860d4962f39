/*
 * Records every SQL statement a process prepares, for the query-plan check of `make bench`.
 *
 * Loaded with LD_PRELOAD into an mlsd run; when MLSD_BENCH_SQL_LOG names a file, each statement
 * prepared through sqlite3_prepare_v2/_v3 is appended to it, NUL-terminated, exactly as SQLite
 * received it. Reading the statements off a real run catches SQL built at run time (interpolated
 * or concatenated literals) that a scan of the sources cannot see. No effect without the variable.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;

typedef int (*prepare_v2_fn)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
typedef int (*prepare_v3_fn)(sqlite3 *, const char *, int, unsigned int, sqlite3_stmt **, const char **);

/* One statement of a script is prepared per call, so only the part up to the tail is recorded. */
static void record(const char *sql, int bytes, const char *tail) {
    const char *path = getenv("MLSD_BENCH_SQL_LOG");
    if (path == NULL || sql == NULL) return;
    size_t length = tail != NULL && tail >= sql ? (size_t)(tail - sql)
                  : bytes >= 0 ? strnlen(sql, (size_t)bytes) : strlen(sql);
    FILE *log = fopen(path, "a");
    if (log == NULL) return;
    fwrite(sql, 1, length, log);
    fputc('\0', log);
    fclose(log);
}

int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int bytes, sqlite3_stmt **statement, const char **tail) {
    static prepare_v2_fn real;
    if (real == NULL) real = (prepare_v2_fn)dlsym(RTLD_NEXT, "sqlite3_prepare_v2");
    const char *end = NULL;
    int code = real(db, sql, bytes, statement, &end);
    record(sql, bytes, end);
    if (tail != NULL) *tail = end;
    return code;
}

int sqlite3_prepare_v3(sqlite3 *db, const char *sql, int bytes, unsigned int flags, sqlite3_stmt **statement,
                       const char **tail) {
    static prepare_v3_fn real;
    if (real == NULL) real = (prepare_v3_fn)dlsym(RTLD_NEXT, "sqlite3_prepare_v3");
    const char *end = NULL;
    int code = real(db, sql, bytes, flags, statement, &end);
    record(sql, bytes, end);
    if (tail != NULL) *tail = end;
    return code;
}
