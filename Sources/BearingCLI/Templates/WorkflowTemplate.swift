/// The GitHub Actions workflow `bearing init` writes: it checks the plan on every push and pull request and
/// publishes the site to GitHub Pages from the default branch.
enum WorkflowTemplate {
    static let text = #"""
        # Bearing: checks the plan on every push and pull request (problems show as annotations on the changed
        # lines), builds the planning site, and publishes it to GitHub Pages from the default branch.
        # Turn on Pages once: Settings → Pages → Source: GitHub Actions.
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
            steps:
              - uses: actions/checkout@v4

              # Installs the one-file `bearing`: the release asset when the project publishes one, else built
              # from source with `make install` (needs Swift 6, which ubuntu-latest images carry).
              - name: Install bearing
                run: |
                  if curl -fsSL -o /tmp/bearing "https://github.com/${BEARING_REPOSITORY}/releases/latest/download/bearing-linux-$(uname -m)"; then
                    sudo install -m 0755 /tmp/bearing /usr/local/bin/bearing
                  else
                    git clone --depth 1 "https://github.com/${BEARING_REPOSITORY}.git" /tmp/bearing-src
                    make -C /tmp/bearing-src install
                  fi
                  bearing --version
                env:
                  # The GitHub repository Bearing's source and releases live in: set it to yours.
                  BEARING_REPOSITORY: your-org/bearing

              - name: Check the plan
                run: bearing check --format github

              - name: Build the site
                if: ${{ !cancelled() }}
                run: bearing build --out _site

              - uses: actions/upload-pages-artifact@v3
                if: github.event_name != 'pull_request'
                with:
                  path: _site

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
