/*
 * The small inline script that webpack.config.js (ViewLoadingPlugin) puts at the top of the pane's pages. It decides
 * what the pane downloads, and when (issue 14):
 * - at once, a preload of the `?view=` view's files (the default view's when `?view=` names none), so that download
 *   overlaps the shell's;
 * - once the pane announces its first view is on screen (the `kstt:view-shown` event, see
 *   src/taskpane/view-shown.ts) and the browser is idle, a prefetch of every other view and of the chunks the first
 *   actions need: downloaded at low priority, no script run. (The pane no longer uses webpack's `webpackPrefetch`:
 *   it added its links while the pane started, on the way to its first paint.) WebKit (Excel on Mac) has no
 *   requestIdleCallback: there the prefetch starts 200 ms after the event.
 */

/** The event the pane fires once its first view is on screen. */
const VIEW_SHOWN_EVENT = 'kstt:view-shown';

/**
 * @param {Record<string, string[]>} viewFiles each view's script files, by view id
 * @param {string} defaultView the view of a page without a known `?view=`
 * @param {string[]} laterFiles other files to prefetch once the first view is shown
 * @returns {string} the script's source, without the <script> tag
 */
function viewLoadingScript(viewFiles, defaultView, laterFiles) {
  return `(function(){try{
var files=${JSON.stringify(viewFiles)},later=${JSON.stringify(laterFiles)};
var view=new URLSearchParams(location.search).get('view');if(!Object.prototype.hasOwnProperty.call(files,view))view=${JSON.stringify(defaultView)};
var asked={};
function add(rel,src){if(asked[src])return;asked[src]=true;var link=document.createElement('link');link.rel=rel;if(rel==='preload')link.as='script';link.href=src;document.head.appendChild(link);}
(files[view]||[]).forEach(function(src){add('preload',src);});
addEventListener(${JSON.stringify(VIEW_SHOWN_EVENT)},function(){
var idle=window.requestIdleCallback||function(run){return setTimeout(run,200);};
idle(function(){Object.keys(files).forEach(function(id){files[id].forEach(function(src){add('prefetch',src);});});later.forEach(function(src){add('prefetch',src);});},{timeout:3000});
},{once:true});
}catch(e){}})();`;
}

module.exports = { viewLoadingScript, VIEW_SHOWN_EVENT };
