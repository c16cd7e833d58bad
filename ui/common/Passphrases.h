#pragma once

#include <QByteArray>

#include <initializer_list>
#include <memory>

class QLineEdit;

namespace tansiq::ui::passphrases {

// Where the GUI takes a passphrase (issue 12): the UTF-8 of the field's text; the field is
// cleared (its undo history with it) and the text it held is overwritten with zeros first.
QByteArray take(QLineEdit* field);

// Clears fields the user typed passphrases into without using them (cancel, back, refusal):
// each is taken as above and the copy overwritten too.
void clear(std::initializer_list<QLineEdit*> fields);

// A passphrase on its way to a job: the caller's copy and every copy of this holder share the
// same bytes, which are overwritten with zeros (sodium_memzero) when the last holder goes, i.e.
// once the job and its callbacks are done. Capture the holder, not the bytes.
class Held {
public:
    Held() = default;
    explicit Held(const QByteArray& bytes);

    const QByteArray& bytes() const;

private:
    struct Wiped;
    std::shared_ptr<Wiped> m_bytes;
};

} // namespace tansiq::ui::passphrases
