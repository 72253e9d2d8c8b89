<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title><#if content.title??>${content.title?html} · </#if>newsdigest benchmark</title></head>
<body>
<header><a href="${content.rootpath!""}index.html">newsdigest benchmark</a></header>
<main>
