target_sources(tansiq_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BulletinPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BulletinPage.h
  ${CMAKE_CURRENT_LIST_DIR}/PagePreviewView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PagePreviewView.h)
