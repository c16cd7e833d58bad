target_sources(tansiq_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/MapLayers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapLayers.h
  ${CMAKE_CURRENT_LIST_DIR}/MapPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapPage.h
  ${CMAKE_CURRENT_LIST_DIR}/MapWidget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapWidget.h)
