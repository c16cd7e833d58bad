#include "ui/common/Passphrases.h"

#include "core/sync/OfficeKeys.h"

#include <QLineEdit>

namespace tansiq::ui::passphrases {

struct Held::Wiped {
    QByteArray bytes;
    ~Wiped() { sync::crypto::wipe(bytes); }
};

QByteArray take(QLineEdit* field)
{
    QString text = field->text(); // shares the field's own buffer
    const QByteArray utf8 = text.toUtf8();
    sync::crypto::wipe(text); // zeros the field's buffer too, in place
    field->setText(QString()); // and forgets it, with the undo steps
    return utf8;
}

void clear(std::initializer_list<QLineEdit*> fields)
{
    for (QLineEdit* field : fields) {
        QByteArray typed = take(field);
        sync::crypto::wipe(typed);
    }
}

Held::Held(const QByteArray& bytes) : m_bytes(std::make_shared<Wiped>())
{
    m_bytes->bytes = bytes; // shared with the caller's copy: the wipe reaches it too
}

const QByteArray& Held::bytes() const
{
    static const QByteArray none;
    return m_bytes ? m_bytes->bytes : none;
}

} // namespace tansiq::ui::passphrases
