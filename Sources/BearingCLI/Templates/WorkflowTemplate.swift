/// The GitHub Actions workflow `bearing init` writes: through Bearing's action, it checks the plan and comments on
/// every pull request with what the change does to the plan's alignment, and publishes the site to GitHub Pages
/// from the default branch.
enum WorkflowTemplate {
    static let text = #"""
        # Bearing: on every pull request it checks the plan (problems show as annotations on the changed lines) and
        # writes one comment saying what the change does to the plan's alignment; on every push to main it builds
        # the planning site and publishes it to GitHub Pages, even when the plan has errors (they are then listed
        # on every page). Turn on Pages once: Settings → Pages → Source: GitHub Actions.
        # `your-org/bearing` below is the repository Bearing's source lives in: set it to yours (with a release tag
        # such as @v1.0.0 the action downloads that release's binary; with a branch it builds bearing from source).
        # Pull requests from forks get a read-only token, so the comment needs a second workflow: see docs/ci.md.
        name: Bearing

        on:
          push:
            branches: [main]
          pull_request:
          workflow_dispatch:

        permissions:
          contents: read

        concurrency:
          group: bearing-${{ github.ref }}
          cancel-in-progress: true

        jobs:
          check-and-build:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              pull-requests: write # the diff comment
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0 # the history, so `bearing diff` finds where the pull request branched off

              - id: bearing
                uses: your-org/bearing@main
                with:
                  # A pull request fails on errors; the published site is built anyway and shows them.
                  allow-errors: ${{ github.event_name != 'pull_request' }}

              - uses: actions/upload-pages-artifact@v3
                if: github.event_name != 'pull_request'
                with:
                  path: ${{ steps.bearing.outputs.site }}

          publish:
            if: github.event_name != 'pull_request'
            needs: check-and-build
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """#
}
