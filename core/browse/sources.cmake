target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ActivityBrowser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActivityBrowser.h
  ${CMAKE_CURRENT_LIST_DIR}/ActivityFilter.h
  ${CMAKE_CURRENT_LIST_DIR}/ActivityWhere.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActivityWhere.h
  ${CMAKE_CURRENT_LIST_DIR}/SearchTerms.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SearchTerms.h
  ${CMAKE_CURRENT_LIST_DIR}/DashboardQuery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DashboardQuery.h
  ${CMAKE_CURRENT_LIST_DIR}/PlaceMeasures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlaceMeasures.h
  ${CMAKE_CURRENT_LIST_DIR}/NeedBrowser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NeedBrowser.h
)
