#include "ui/common/EditorForm.h"

#include "ui/common/DateField.h"
#include "ui/common/DisplaySettings.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {
const char* const kInvalidStyle = "border: 1px solid #c0392b;";

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    label->setVisible(false);
    return label;
}
} // namespace

EditorForm::EditorForm(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_general = messageLabel(this);
    m_general->setObjectName(QStringLiteral("generalMessages"));
    outer->addWidget(m_general);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    outer->addLayout(m_layout);
}

QString EditorForm::coreFieldName(const char* coreField)
{
    return QCoreApplication::translate("tansiq::Validators", coreField);
}

QLabel* EditorForm::addRow(const char* coreField, QWidget* input)
{
    auto* caption = new QLabel(this);
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(input);
    Row row { input, messageLabel(cell) };
    row.message->setObjectName(QStringLiteral("message:") + QLatin1String(coreField));
    column->addWidget(row.message);
    m_layout->addRow(caption, cell);
    const QString key = QLatin1String(coreField);
    m_rows.insert(key, row);
    m_order << key;
    caption->setBuddy(input);
    return caption;
}

void EditorForm::addRow(QLabel* caption, QWidget* input)
{
    m_layout->addRow(caption, input);
}

void EditorForm::clearIssues()
{
    for (Row& row : m_rows) {
        row.refused = false;
        row.message->clear();
        row.message->setVisible(false);
        row.input->setStyleSheet(QString());
    }
    m_general->clear();
    m_general->setVisible(false);
    m_generalError = false;
}

void EditorForm::showUnder(const char* coreField, const QList<const char*>& rowFields)
{
    QStringList keys;
    for (const char* field : rowFields)
        keys << QLatin1String(field);
    m_sharedRules.insert(QLatin1String(coreField), keys);
}

QString EditorForm::asShown(QString message) const
{
    // Core quotes a date it read as ISO text; the field shows it in the user's digits: quote it
    // as the field shows it (days before months, so a month is not found inside a day).
    QList<const DateField*> dates;
    for (const Row& row : m_rows) {
        if (const auto* field = qobject_cast<const DateField*>(row.input); field && field->isDate())
            dates << field;
    }
    std::sort(dates.begin(), dates.end(), [](const DateField* a, const DateField* b) {
        return a->isoText().size() > b->isoText().size();
    });
    for (const DateField* field : std::as_const(dates)) {
        const QRegularExpression iso(QStringLiteral("(?<![0-9-])%1(?![0-9-])")
                                         .arg(QRegularExpression::escape(field->isoText())));
        message.replace(iso, field->shownText());
    }
    // A value typed in Arabic-Indic digits with dashes (٢٠٢٦-١٣, ٤٠-٥٠) is quoted as typed, in
    // the order it was typed.
    return DisplaySettings::inTypingOrder(message);
}

void EditorForm::showIssues(const Issues& issues)
{
    clearIssues();
    QStringList general;
    for (const Issue& issue : issues) {
        const QString text
            = asShown(issue.isError() ? issue.message : tr("Note: %1").arg(issue.message));
        QStringList keys;
        for (const QString& key : std::as_const(m_order)) {
            if (coreFieldName(key.toLatin1().constData()) == issue.field) {
                keys << key;
                break;
            }
        }
        for (auto rule = m_sharedRules.cbegin(); keys.isEmpty() && rule != m_sharedRules.cend();
             ++rule) {
            if (coreFieldName(rule.key().toLatin1().constData()) == issue.field)
                keys = rule.value();
        }
        keys.removeIf([this](const QString& key) { return !m_rows.contains(key); });
        for (const QString& key : std::as_const(keys)) {
            Row& row = m_rows[key];
            const QString before = row.message->text();
            if (before.split(QLatin1Char('\n')).contains(text))
                continue; // the same sentence once per field
            row.message->setText(before.isEmpty() ? text : before + QLatin1Char('\n') + text);
            row.message->setVisible(true);
            if (issue.isError()) {
                row.input->setStyleSheet(QLatin1String(kInvalidStyle));
                row.refused = true;
            }
        }
        if (keys.isEmpty()) {
            general << text;
            m_generalError = m_generalError || issue.isError();
        }
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    makeRoom();
    revealFirstProblem();
}

QWidget* EditorForm::firstProblem() const
{
    for (const QString& key : m_order) {
        if (m_rows[key].refused)
            return m_rows[key].input;
    }
    return nullptr;
}

void EditorForm::revealFirstProblem()
{
    QWidget* input = firstProblem();
    if (!input && !m_generalError)
        return;
    QScrollArea* scroll = nullptr;
    for (QWidget* up = parentWidget(); up && !scroll; up = up->parentWidget())
        scroll = qobject_cast<QScrollArea*>(up);
    if (scroll) {
        // The messages just shown made the form taller: lay it out and let the scroll area
        // take its new size before asking where things are.
        layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (m_generalError) {
            scroll->ensureWidgetVisible(m_general, 0, 0); // the form's own problems come first
        } else {
            // The row's cell holds the field and its message: both should be in view; a cell
            // taller than the view shows its field.
            scroll->ensureWidgetVisible(input->parentWidget(), 0, 0);
            scroll->ensureWidgetVisible(input, 0, 0);
        }
    }
    if (!input)
        return;
    // A compound field (a place picker, a grid) takes the focus in its first focusable part.
    QWidget* target = input;
    if (target->focusPolicy() == Qt::NoFocus && !target->focusProxy()) {
        for (QWidget* child : input->findChildren<QWidget*>()) {
            if (child->isVisibleTo(input) && child->isEnabled()
                && (child->focusPolicy() & Qt::TabFocus)) {
                target = child;
                break;
            }
        }
    }
    target->setFocus(Qt::OtherFocusReason);
}

void EditorForm::makeRoom()
{
    // Messages wrap at the field's width; the dialog grows (within the screen) so that none is
    // squeezed or cut off by the rows below it.
    QWidget* top = window();
    if (top == this || !top->isVisible() || !top->layout())
        return;
    top->layout()->activate();
    QSize wanted = top->size().expandedTo(top->sizeHint());
    if (top->layout()->hasHeightForWidth())
        wanted.setHeight(
            std::max(wanted.height(), top->layout()->totalHeightForWidth(wanted.width())));
    if (const QScreen* screen = top->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size());
    if (wanted != top->size())
        top->resize(wanted);
}

QStringList EditorForm::messages() const
{
    QStringList out;
    if (!m_general->text().isEmpty())
        out << m_general->text();
    for (const QString& key : m_order) {
        const QString text = m_rows.value(key).message->text();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

} // namespace tansiq::ui
