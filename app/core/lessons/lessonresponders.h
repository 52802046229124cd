// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

struct Responder;

// What a lesson does with the learner's own responders (OwnResponders): a fresh copy of a shipped
// one for the learner to edit in the responder editor, and the edit "Do it" makes in its place.
// Both write the file exactly as the editor's Save does.
namespace LessonResponders {

// Writes own as a copy of the shipped responder (its name changed), replacing an earlier copy, so
// that the lesson starts from the shipped page every time.
std::shared_ptr<const Responder> freshCopy(
    const QString &shipped, const QString &own, QString *problem);

// In the replies and bodies of the rule named rule of the own responder, find becomes replace.
// Done already (the learner typed it) is fine; neither there is a problem.
std::shared_ptr<const Responder> editReply(const QString &own, const QString &rule,
    const QString &find, const QString &replace, QString *problem);

} // namespace LessonResponders
