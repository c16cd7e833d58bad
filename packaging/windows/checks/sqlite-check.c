// Checks the SDK's sqlite3.dll under Wine: the session extension and pre-update hook are in, and
// a UTF-8 path with Arabic and a space opens (docs/decisions/0098). Build and run:
//   x86_64-w64-mingw32-gcc-posix -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_PREUPDATE_HOOK
//     sqlite-check.c -I$SDK/include -L$SDK/lib -lsqlite3 -o sqlite-check.exe
//   cp $SDK/bin/sqlite3.dll . && wine64 sqlite-check.exe
// (the user profile must be named منسق: packaging/windows/wine-env.sh).
#include <sqlite3.h>
#include <stdio.h>
int main(void) {
    sqlite3* db = 0;
    if (sqlite3_open_v2(u8"C:\\users\\منسق\\Documents\\تجربة مكتب.db", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 0) != SQLITE_OK) { printf("open failed: %s\n", sqlite3_errmsg(db)); return 1; }
    sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v TEXT)", 0, 0, 0);
    sqlite3_session* s = 0;
    if (sqlite3session_create(db, "main", &s) != SQLITE_OK) { printf("no session\n"); return 1; }
    sqlite3session_attach(s, 0);
    sqlite3_exec(db, "INSERT INTO t(v) VALUES ('منسق')", 0, 0, 0);
    int n = 0; void* cs = 0;
    sqlite3session_changeset(s, &n, &cs);
    printf("sqlite %s, session changeset %d bytes, SESSION=%d PREUPDATE=%d\n", sqlite3_libversion(), n,
           sqlite3_compileoption_used("ENABLE_SESSION"), sqlite3_compileoption_used("ENABLE_PREUPDATE_HOOK"));
    sqlite3_free(cs); sqlite3session_delete(s); sqlite3_close(db);
    return n > 0 ? 0 : 1;
}
