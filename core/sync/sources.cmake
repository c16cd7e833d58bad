# Sync between offices: capture (HLC, op-log), merge, batches, bundles, keys and roster.
# docs/formats/sync-bundle.md describes the file format.
file(GLOB TANSIQ_SYNC_SOURCES CONFIGURE_DEPENDS
  "${CMAKE_CURRENT_LIST_DIR}/*.cpp" "${CMAKE_CURRENT_LIST_DIR}/*.h")
target_sources(tansiq_core PRIVATE ${TANSIQ_SYNC_SOURCES})
