# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the texts of the shipped lessons (resources/lessons/*.json) as a C++ table of
# QT_TRANSLATE_NOOP entries, so that lupdate puts them in the .ts files like every other string.
# Run by the build (cmake -P) whenever a lesson changes:
#   cmake -DOUTPUT=lessonstrings.cpp -DLESSONS="a.json;b.json" -P lessonstrings.cmake
# Context "lesson:ID": the runtime translates with that context (translateLesson() in
# app/core/lessons/lesson.cpp). The file is only read by lupdate, never compiled into the app.
cmake_minimum_required(VERSION 3.19)

function(escape_for_cpp text out)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "\"" "\\\"" text "${text}")
    string(REPLACE "\n" "\\n" text "${text}")
    string(REPLACE "\t" "\\t" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(add_entry context key json)
    string(JSON value ERROR_VARIABLE missing GET "${json}" ${key})
    if(missing OR value STREQUAL "")
        return()
    endif()
    escape_for_cpp("${value}" value)
    set(entries "${entries}    QT_TRANSLATE_NOOP(\"${context}\", \"${value}\"),\n" PARENT_SCOPE)
endfunction()

set(entries "")
foreach(file IN LISTS LESSONS)
    file(READ "${file}" json)
    string(JSON id GET "${json}" id)
    set(context "lesson:${id}")
    add_entry(${context} title "${json}")
    add_entry(${context} summary "${json}")
    string(JSON steps LENGTH "${json}" steps)
    math(EXPR last "${steps} - 1")
    foreach(i RANGE ${last})
        string(JSON step GET "${json}" steps ${i})
        foreach(key IN ITEMS title text lookAt wire)
            add_entry(${context} ${key} "${step}")
        endforeach()
    endforeach()
endforeach()

set(content "// Generated from resources/lessons/*.json by resources/lessons/lessonstrings.cmake: do not edit.
// lupdate reads it; nothing compiles it.
#include <QtGlobal>

static const char *const lessonStrings[] = {
${entries}};
")
# Rewritten only when it changes: lupdate and the build see a stable file.
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" previous)
endif()
if(NOT previous STREQUAL content)
    file(WRITE "${OUTPUT}" "${content}")
endif()
