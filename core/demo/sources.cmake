target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DemoActivities.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoCatalog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoCatalog.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoCoordination.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoGenerator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoGenerator.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoRandom.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoRandom.h
  ${CMAKE_CURRENT_LIST_DIR}/DemoRegistry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoState.h
)
