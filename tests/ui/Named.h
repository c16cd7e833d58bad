#pragma once

#include <QObject>
#include <QString>
#include <QWidget>

#include <gtest/gtest.h>

namespace tansiq::test {

// The one way GUI tests find a widget (or an action, or a helper object): by the objectName
// the code gives it, under `root`. A missing name fails the test, saying what was looked for,
// and gives nullptr. Widgets a test needs are named where they are made.
template<typename T = QWidget> T* named(const QObject& root, const QString& name)
{
    T* found = root.findChild<T*>(name);
    EXPECT_NE(found, nullptr) << "no " << T::staticMetaObject.className() << " named \""
                              << name.toStdString() << "\" under "
                              << root.metaObject()->className();
    return found;
}

template<typename T = QWidget> T* named(const QObject& root, const char* name)
{
    return named<T>(root, QString::fromUtf8(name));
}

// The newest of the children named `name` (dialogs opened again and again under a window).
template<typename T = QWidget> T* newest(const QObject& root, const char* name)
{
    const QList<T*> found = root.findChildren<T*>(QString::fromUtf8(name));
    EXPECT_FALSE(found.isEmpty()) << "no " << T::staticMetaObject.className() << " named \"" << name
                                  << "\" under " << root.metaObject()->className();
    return found.isEmpty() ? nullptr : found.last();
}

} // namespace tansiq::test
