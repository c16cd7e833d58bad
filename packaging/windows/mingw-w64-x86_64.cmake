# CMake toolchain for cross-building to 64-bit Windows with Debian's mingw-w64 (posix threads,
# needed for std::thread / std::mutex in C++20). Used both by build-sdk.sh (Qt and the
# libraries) and by build.sh (Tansiq). The SDK prefix comes from TANSIQ_WIN_SDK (cache or
# environment); libraries and headers are searched only there and in Debian's mingw sysroot.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(_triplet x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${_triplet}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_triplet}-g++-posix)
set(CMAKE_RC_COMPILER ${_triplet}-windres)
set(CMAKE_AR ${_triplet}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${_triplet}-ranlib CACHE FILEPATH "")

if(NOT TANSIQ_WIN_SDK AND DEFINED ENV{TANSIQ_WIN_SDK})
  set(TANSIQ_WIN_SDK "$ENV{TANSIQ_WIN_SDK}")
endif()
if(NOT TANSIQ_WIN_SDK)
  set(TANSIQ_WIN_SDK "$ENV{HOME}/.cache/tansiq-win-sdk")
endif()
# try_compile projects see the same variable.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES TANSIQ_WIN_SDK)

set(CMAKE_FIND_ROOT_PATH "${TANSIQ_WIN_SDK}" /usr/${_triplet})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
