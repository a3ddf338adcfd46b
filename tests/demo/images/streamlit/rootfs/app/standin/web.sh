#!/bin/sh
# Stackdeck test stand-in: one HTTP exchange of the Streamlit server (run by nc per connection).
. /usr/local/lib/standin/http.sh
HTTP_SERVER=TornadoServer/6.4.1
http_read_request || exit 0
case $HTTP_PATH in
    /_stcore/health|/healthz) http_text 200 ok ;;
    /_stcore/host-config) http_json 200 '{"allowedOrigins":["*.streamlit.app","*.streamlit.io"],"useExternalAuthToken":false,"enableCustomParentMessages":false}' ;;
    /|/index.html) http_html 200 '<!doctype html><html lang="en"><head><meta charset="UTF-8"/><title>Streamlit</title></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><p>Stackdeck test stand-in, not the real Streamlit app.</p></body></html>' ;;
    *) http_html 404 '<html><title>404: Not Found</title><body>404: Not Found</body></html>' ;;
esac
