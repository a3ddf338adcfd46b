# The edit session (issue 5): files of one compose project while a person edits them.
target_sources(stackdeck_editor PRIVATE
    editsession.cpp editsession.h editsessionlists.cpp editsessionservices.cpp editsessionsave.cpp
    fieldlocator.cpp fieldlocator.h anchorpatcher.cpp anchorpatcher.h envtextedit.cpp envtextedit.h
    servicetext.cpp servicetext.h)
