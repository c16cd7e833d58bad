#include "tests/core/backup/FullDiskVfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace tansiq::test {

namespace {

std::atomic<qint64> g_budget { 0 };
sqlite3_vfs g_vfs;
// The default VFS gives main databases and journals different methods (journals take no
// locks): each gets its own wrapped copy, with only xWrite replaced.
constexpr int kKinds = 8;
sqlite3_io_methods g_methods[kKinds];
const sqlite3_io_methods* g_base[kKinds] = {};

const sqlite3_io_methods* baseOf(const sqlite3_file* file)
{
    for (int i = 0; i < kKinds; ++i) {
        if (file->pMethods == &g_methods[i])
            return g_base[i];
    }
    return nullptr;
}

int limitedWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    if (g_budget.fetch_sub(amount) < amount)
        return SQLITE_FULL;
    return baseOf(file)->xWrite(file, data, amount, offset);
}

int limitedOpen(
    sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    sqlite3_vfs* base = static_cast<sqlite3_vfs*>(vfs->pAppData);
    const int rc = base->xOpen(base, name, file, flags, outFlags);
    if (rc == SQLITE_OK && file->pMethods) {
        for (int i = 0; i < kKinds; ++i) {
            if (!g_base[i]) {
                g_base[i] = file->pMethods;
                g_methods[i] = *file->pMethods;
                g_methods[i].xWrite = limitedWrite;
            }
            if (g_base[i] == file->pMethods) {
                file->pMethods = &g_methods[i];
                break;
            }
        }
    }
    return rc;
}

} // namespace

void FullDiskVfs::install(qint64 budget)
{
    g_budget = budget;
    if (sqlite3_vfs_find(kName))
        return;
    sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
    g_vfs = *base;
    g_vfs.zName = kName;
    g_vfs.pAppData = base;
    g_vfs.xOpen = limitedOpen;
    g_vfs.pNext = nullptr;
    sqlite3_vfs_register(&g_vfs, 0);
}

} // namespace tansiq::test
