#pragma once

#include "ui/common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tansiq::ui {

class OfficeKeysWidget;
class PathField;
struct UiContext;

// This office's name, the interface language and the digits (they apply at once, without a
// restart), and the office's keys and enrolment (ui/sync/OfficeKeysWidget).
class SettingsPage : public Page {
    Q_OBJECT
public:
    explicit SettingsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    void refresh() override;
    bool busy() const override;
    OfficeKeysWidget* officeKeys() const { return m_officeKeys; }
    QComboBox* languageCombo() const { return m_language; }
    QComboBox* digitsCombo() const { return m_digits; }
    QLineEdit* officeField() const { return m_office; }
    PathField* databaseField() const { return m_database; }
    void saveOfficeName();

signals:
    // Saved: the window's title names the office at once.
    void officeNameChanged();

protected:
    void retranslate() override;

private:
    UiContext& m_context;
    QLabel* m_officeLabel;
    QLineEdit* m_office;
    QPushButton* m_saveOffice;
    QLabel* m_officeStatus;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_digitsLabel;
    QComboBox* m_digits;
    QLabel* m_databaseLabel;
    PathField* m_database;
    OfficeKeysWidget* m_officeKeys;
    QLabel* m_about;
};

} // namespace tansiq::ui
