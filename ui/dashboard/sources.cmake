target_sources(tansiq_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DashboardCharts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DashboardCharts.h
  ${CMAKE_CURRENT_LIST_DIR}/DashboardPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DashboardPage.h
  ${CMAKE_CURRENT_LIST_DIR}/KeyFigureTile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KeyFigureTile.h
  ${CMAKE_CURRENT_LIST_DIR}/SectorNames.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SectorNames.h
  ${CMAKE_CURRENT_LIST_DIR}/StartPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StartPanel.h)
