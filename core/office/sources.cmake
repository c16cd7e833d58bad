target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LocalOffice.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LocalOffice.h
  ${CMAKE_CURRENT_LIST_DIR}/SampleData.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SampleData.h
)
