# Coordination beyond the 4W (issue 16): working groups, meetings, action points, visits.
target_sources(tansiq_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ActionPointRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionPointRepository.h
  ${CMAKE_CURRENT_LIST_DIR}/Coordination.h
  ${CMAKE_CURRENT_LIST_DIR}/CoordinationNames.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoordinationNames.h
  ${CMAKE_CURRENT_LIST_DIR}/CoordinationRegistry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoordinationRegistry.h
  ${CMAKE_CURRENT_LIST_DIR}/CoordinationTables.h
  ${CMAKE_CURRENT_LIST_DIR}/CoordinationTerms.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoordinationTerms.h
  ${CMAKE_CURRENT_LIST_DIR}/CoordinationValidators.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoordinationValidators.h
  ${CMAKE_CURRENT_LIST_DIR}/MeetingRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MeetingRepository.h
  ${CMAKE_CURRENT_LIST_DIR}/MonitoringVisitRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MonitoringVisitRepository.h
  ${CMAKE_CURRENT_LIST_DIR}/WorkingGroupRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WorkingGroupRepository.h
)
