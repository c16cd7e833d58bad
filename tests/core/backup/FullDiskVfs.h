#pragma once

#include <QtGlobal>

namespace tansiq::test {

// An SQLite VFS named "tansiq-test-full" that writes through the default one until `budget`
// bytes were written in all, then refuses every write with SQLITE_FULL, as a full disk does:
// the backup code meets the same error code and the same half-written files as on a real one.
class FullDiskVfs {
public:
    static constexpr const char* kName = "tansiq-test-full";
    // Registers the VFS (once) and sets how many bytes may still be written.
    static void install(qint64 budget);
};

} // namespace tansiq::test
