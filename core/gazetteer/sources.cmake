target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/GazetteerColumns.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GazetteerColumns.h
  ${CMAKE_CURRENT_LIST_DIR}/GazetteerImporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GazetteerImporter.h
  ${CMAKE_CURRENT_LIST_DIR}/GazetteerRows.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GazetteerRows.h
)
