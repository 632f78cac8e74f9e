require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 416
    headers 'Content-Range' => 'bytes */16'
    json message: 'Range Not Satisfiable'
end
