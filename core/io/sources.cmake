target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CsvReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvReader.h
  ${CMAKE_CURRENT_LIST_DIR}/TextDecoding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TextDecoding.h
)
