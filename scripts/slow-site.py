#!/usr/bin/env python3
# A stand-in WordPress REST API for timing `wpxliff pull` as on a real site (not a test): 937 posts, a page of 100
# whole posts answered after 1 s, 100 posts by id (include=) after 1 s, a listing page (_fields=) after 0.04 s, as
# the test WordPress measured (1.0 s and 0.04 s for a page of 100). Usage: scripts/slow-site.py [PORT] (default 8704),
# then e.g. `time ./wpxliff pull http://127.0.0.1:8704/ -o /tmp/slow --connections 4` (README, "The site workflow").
# For push it holds no post and creates each one POSTed after 1 s (a real site's save, revisions and all), any
# credentials accepted: `WPXLIFF_USER=x WPXLIFF_APP_PASSWORD=y ./wpxliff push out/ko --site http://127.0.0.1:8704/`.
import itertools, threading
import json, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs
PORT=int(sys.argv[1]) if len(sys.argv) > 1 else 8704; N=937
def post(i, full=True):
    d={"id":i,"type":"post","slug":"p%d"%i,"modified_gmt":"2024-01-01T00:00:00"}
    if full: d.update({"link":"http://x/","title":{"rendered":"T"},"content":{"rendered":"<p>Hello.</p>","protected":False},"excerpt":{"rendered":"<p>E.</p>","protected":False}})
    return d
made=itertools.count(1)
class H(BaseHTTPRequestHandler):
    def log_message(self,*a): pass
    def do_HEAD(self):
        self.send_response(200); self.send_header("Link",'<http://127.0.0.1:%d/wp-json/>; rel="https://api.w.org/"'%PORT); self.send_header("Content-Length","0"); self.end_headers()
    def do_GET(self):
        u=urlparse(self.path); q=parse_qs(u.query); h={}
        if u.path.rstrip('/')=='/wp-json':
            b=json.dumps({"name":"x","home":"http://127.0.0.1:%d"%PORT,"namespaces":["wp/v2"],"routes":{}}).encode()
        elif u.path.startswith('/wp-json/wp/v2/users/me'):
            b=b'{"id":1,"name":"x"}'
        elif u.path.startswith('/wp-json/wp/v2/posts') and ('slug' in q or q.get('status')==['any']):
            b=b"[]"; h={"X-WP-Total":"0","X-WP-TotalPages":"0"}
        elif u.path.startswith('/wp-json/wp/v2/posts'):
            if 'include' in q:
                ids=[int(x) for x in q['include'][0].split(',')]; time.sleep(0.01*len(ids))
                b=json.dumps([post(i) for i in ids]).encode()
            else:
                p=int(q['page'][0]); ids=range((p-1)*100+1, min(N,p*100)+1)
                lst='_fields' in q
                time.sleep(0.04 if lst else 1.0)
                b=json.dumps([post(i, not lst) for i in ids]).encode(); h={"X-WP-Total":str(N),"X-WP-TotalPages":"10"}
        elif u.path.startswith('/wp-json/wp/v2/categories') or u.path.startswith('/wp-json/wp/v2/tags'):
            b=b"[]"
        elif u.path.startswith('/wp-json/wp/v2/pages'):
            b=b"[]"; h={"X-WP-Total":"0","X-WP-TotalPages":"0"}
        else:
            self.send_response(404); self.send_header("Content-Length","0"); self.end_headers(); return
        self.send_response(200); self.send_header("Content-Type","application/json")
        for k,v in h.items(): self.send_header(k,v)
        self.send_header("Content-Length",str(len(b))); self.end_headers(); self.wfile.write(b)
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length","0"))); time.sleep(1.0)
        i=next(made); b=json.dumps({"id":i,"link":"http://127.0.0.1:%d/?p=%d"%(PORT,i)}).encode()
        self.send_response(201); self.send_header("Content-Type","application/json")
        self.send_header("Content-Length",str(len(b))); self.end_headers(); self.wfile.write(b)
ThreadingHTTPServer(("127.0.0.1",PORT),H).serve_forever()
