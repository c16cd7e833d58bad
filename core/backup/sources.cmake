# Backups of the database: the per-user backup store and its rotation, checked copies with
# SQLite's online backup API, restore, and encrypted backup files (docs/formats/backup.md).
target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BackupCipher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupCipher.h
  ${CMAKE_CURRENT_LIST_DIR}/BackupExport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupExport.h
  ${CMAKE_CURRENT_LIST_DIR}/BackupErrors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupErrors.h
  ${CMAKE_CURRENT_LIST_DIR}/BackupInfo.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupInfo.h
  ${CMAKE_CURRENT_LIST_DIR}/BackupStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupStore.h
  ${CMAKE_CURRENT_LIST_DIR}/DatabaseCopy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DatabaseCopy.h
  ${CMAKE_CURRENT_LIST_DIR}/FileSafety.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FileSafety.h
  ${CMAKE_CURRENT_LIST_DIR}/Restore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Restore.h
  ${CMAKE_CURRENT_LIST_DIR}/Rotation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Rotation.h
)
