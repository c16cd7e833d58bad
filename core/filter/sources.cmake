target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ActivityFilter.h
  ${CMAKE_CURRENT_LIST_DIR}/ActivityMatcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActivityMatcher.h
  ${CMAKE_CURRENT_LIST_DIR}/ActivityOrder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActivityOrder.h
  ${CMAKE_CURRENT_LIST_DIR}/ActivityWhere.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActivityWhere.h
  ${CMAKE_CURRENT_LIST_DIR}/RowSort.h
  ${CMAKE_CURRENT_LIST_DIR}/SearchTerms.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SearchTerms.h
  ${CMAKE_CURRENT_LIST_DIR}/SearchText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SearchText.h
)
