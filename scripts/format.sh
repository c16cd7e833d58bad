#!/bin/sh
# Formats every C++ file of the project as .clang-format says (Debian 12's clang-format 14,
# the one the format_check test uses). Run from anywhere in the repository.
set -e
cd "$(dirname "$0")/.."
git ls-files -z -- 'core/*.h' 'core/*.cpp' 'ui/*.h' 'ui/*.cpp' 'app/*.h' 'app/*.cpp' \
    'tests/*.h' 'tests/*.cpp' | xargs -0 clang-format -i
