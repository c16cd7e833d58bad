target_sources(tansiq_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BackupActions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupActions.h
  ${CMAKE_CURRENT_LIST_DIR}/BackupListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BackupListModel.h
  ${CMAKE_CURRENT_LIST_DIR}/RestoreDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RestoreDialog.h)
