target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DashboardFigures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DashboardFigures.h
  ${CMAKE_CURRENT_LIST_DIR}/PlaceMeasures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlaceMeasures.h
  ${CMAKE_CURRENT_LIST_DIR}/NeedBrowser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NeedBrowser.h
  ${CMAKE_CURRENT_LIST_DIR}/RegistrationLabels.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RegistrationLabels.h
  ${CMAKE_CURRENT_LIST_DIR}/RegistrationWatch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RegistrationWatch.h
)
