# The Syria reference data is read from shared/geodata at build time and compiled into the
# core library as Qt resources; the repository never holds a copy (docs/decisions/0003).
set(TANSIQ_GEODATA_FILES
  syr_gazetteer_adm3.csv
  syr_admin1_simplified.geojson
  syr_admin2_simplified.geojson
  syr_admin3_simplified.geojson
  OPENSYRIA_LICENSE.md)
foreach(file IN LISTS TANSIQ_GEODATA_FILES)
  if(NOT EXISTS "${TANSIQ_GEODATA_DIR}/${file}")
    message(FATAL_ERROR "Geodata file ${TANSIQ_GEODATA_DIR}/${file} not found. "
                        "Set TANSIQ_GEODATA_DIR to the folder holding the Syria geodata.")
  endif()
endforeach()

# Adds the geodata to TARGET as resources under :/geodata/.
function(tansiq_add_geodata_resources target)
  set(paths "")
  foreach(file IN LISTS TANSIQ_GEODATA_FILES)
    set(path "${TANSIQ_GEODATA_DIR}/${file}")
    set_source_files_properties("${path}" PROPERTIES QT_RESOURCE_ALIAS "${file}")
    list(APPEND paths "${path}")
  endforeach()
  qt_add_resources(${target} tansiq_geodata PREFIX /geodata FILES ${paths})
endfunction()
