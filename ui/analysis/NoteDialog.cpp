#include "ui/analysis/NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tansiq::ui {

NoteDialog::NoteDialog(const QString& group, const QString& note, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Mark complementary"));
    auto* intro
        = new QLabel(tr("These activities were checked and do not duplicate each other (%1). "
                        "Write why, for the coordinators who will read this list after you:")
                         .arg(group),
            this);
    intro->setWordWrap(true);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(
        tr("e.g. different neighbourhoods; one trucks water, the other repairs the network"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark complementary"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->note().isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_buttons);
    setNote(note);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->note().isEmpty());
    resize(520, 260);
}

QString NoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void NoteDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

} // namespace tansiq::ui
