require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 301
    json message: 'Moved Permanently'
end
