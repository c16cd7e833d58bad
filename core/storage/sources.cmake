target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Database.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Database.h
  ${CMAKE_CURRENT_LIST_DIR}/Migrations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Migrations.h
  ${CMAKE_CURRENT_LIST_DIR}/Migrator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Migrator.h
  ${CMAKE_CURRENT_LIST_DIR}/Statement.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Statement.h
  ${CMAKE_CURRENT_LIST_DIR}/Transaction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Transaction.h
)
