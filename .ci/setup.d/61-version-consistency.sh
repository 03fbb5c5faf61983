# Fails early when a file that repeats the release version disagrees with the root pom, the
# same check the release workflow runs before it publishes anything.
.github/scripts/check-version.sh
