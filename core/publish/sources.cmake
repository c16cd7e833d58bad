# Publication of the registry to a PostgreSQL server (tansiq-cli publish): the change feed
# from the op log, the rows read from the registry, the target (QPSQL, all PostgreSQL SQL
# here) and its views. docs/formats/postgres-publication.md describes the target schema.
file(GLOB TANSIQ_PUBLISH_SOURCES CONFIGURE_DEPENDS
  "${CMAKE_CURRENT_LIST_DIR}/*.cpp" "${CMAKE_CURRENT_LIST_DIR}/*.h")
target_sources(tansiq_core PRIVATE ${TANSIQ_PUBLISH_SOURCES})
