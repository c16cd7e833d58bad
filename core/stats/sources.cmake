target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RegistryStats.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RegistryStats.h
)
