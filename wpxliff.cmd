@echo off
rem wpxliff launcher for Windows, the twin of ./wpxliff (read that script for why): runs target\wpxliff.jar with
rem only the JIT's quick compiler, the serial collector and the AppCDS archive that mvn package makes beside
rem the jar. Unlike ./wpxliff it cannot tell whether the archive is older than the jar; the JVM then runs
rem without any archive, only slower.
rem Transparent huge pages, which ./wpxliff asks for on Linux, are not a Windows feature.
rem WPXLIFF_JAVA_OPTS: more JVM options, after these. JAVA_HOME: the JDK to run, else java on PATH.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\wpxliff.jar"
if not exist "%JAR%" goto nojar
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set SHARE=
if exist "%HERE%target\wpxliff.jsa" set SHARE="-XX:SharedArchiveFile=%HERE%target\wpxliff.jsa"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %SHARE% %WPXLIFF_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:nojar
echo wpxliff: %JAR% not found: build it first with "mvn -q -DskipTests package" in %HERE% 1>&2
exit /b 1
