target_sources(tansiq_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PathField.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PathField.h
  ${CMAKE_CURRENT_LIST_DIR}/SettingsPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SettingsPage.h)
