target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Workspace.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Workspace.h
)
